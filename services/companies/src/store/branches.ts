import { badInput, type Database, foldText, keysetPage, notFound, requireId, searchCondition } from '@dm/shared';
import { and, desc, eq, inArray, isNull } from '@dm/shared/orm';
import {
  type BranchAgreementRow,
  branchAgreement,
  type CommunicationKitRow,
  communicationKit,
  type CompanyRow,
  company,
  type ProfessionalBranchRow,
  professionalBranch,
} from '../db/schema.ts';

/** Professional branches by name. */
export const listBranches = (
  db: Database,
  search: string | null | undefined,
  first?: number | null,
  after?: string | null,
) =>
  keysetPage<ProfessionalBranchRow>(db, professionalBranch, {
    where: searchCondition(professionalBranch.searchText, search, 'search'),
    order: [professionalBranch.name, professionalBranch.id],
    keys: ['name', 'id'],
    first,
    after,
  });

export async function findBranch(db: Database, id: string, field: string): Promise<ProfessionalBranchRow> {
  const [row] = await db
    .select()
    .from(professionalBranch)
    .where(eq(professionalBranch.id, requireId(id, field)));
  if (!row) throw notFound('Professional branch', field);
  return row;
}

export interface NewBranch {
  name: string;
  idcc: string;
  nafCodes: string[];
  demonstration?: boolean;
}

export const branchValues = (branch: NewBranch) => ({
  ...branch,
  searchText: foldText(`${branch.name} ${branch.idcc}`),
  demonstration: branch.demonstration ?? false,
});

/** Records a branch; its IDCC is unique. */
export async function insertBranch(db: Database, branch: NewBranch): Promise<ProfessionalBranchRow> {
  const [row] = await db.insert(professionalBranch).values(branchValues(branch)).onConflictDoNothing().returning();
  if (!row) throw badInput('input.idcc', `A branch with IDCC ${branch.idcc} is already recorded`);
  return row;
}

export async function insertAgreement(
  db: Database,
  agreement: Omit<BranchAgreementRow, 'id' | 'createdAt' | 'demonstration'>,
): Promise<BranchAgreementRow> {
  const [row] = await db.insert(branchAgreement).values(agreement).returning();
  if (!row) throw new Error('agreement insert returned nothing');
  return row;
}

/** The companies whose NAF code is one of the branch's, by name. */
export const companiesOfBranch = (
  db: Database,
  branch: ProfessionalBranchRow,
  first?: number | null,
  after?: string | null,
) =>
  keysetPage<CompanyRow>(db, company, {
    where: inArray(company.nafCode, branch.nafCodes),
    order: [company.sortName, company.id],
    keys: ['sortName', 'id'],
    first,
    after,
  });

/** Kits not withdrawn, newest first. */
export const listKits = (db: Database, first?: number | null, after?: string | null) =>
  keysetPage<CommunicationKitRow>(db, communicationKit, {
    where: isNull(communicationKit.withdrawnAt),
    order: [communicationKit.publishedAt, communicationKit.id],
    keys: ['publishedAt', 'id'],
    direction: 'desc',
    first,
    after,
  });

/** The kits a company with a charter in force may use: the latest hundred not withdrawn. */
export const currentKits = (db: Database) =>
  db
    .select()
    .from(communicationKit)
    .where(isNull(communicationKit.withdrawnAt))
    .orderBy(desc(communicationKit.publishedAt), desc(communicationKit.id))
    .limit(100);

export async function insertKit(
  db: Database,
  kit: Pick<CommunicationKitRow, 'title' | 'kind' | 'url' | 'audience' | 'publishedBy'>,
): Promise<CommunicationKitRow> {
  const [row] = await db.insert(communicationKit).values(kit).returning();
  if (!row) throw new Error('kit insert returned nothing');
  return row;
}

/** Withdraws a kit (once: withdrawing again keeps the first date). */
export async function withdrawKit(db: Database, id: string): Promise<CommunicationKitRow> {
  const kitId = requireId(id, 'id');
  const [row] = await db
    .update(communicationKit)
    .set({ withdrawnAt: new Date() })
    .where(and(eq(communicationKit.id, kitId), isNull(communicationKit.withdrawnAt)))
    .returning();
  if (row) return row;
  const [existing] = await db.select().from(communicationKit).where(eq(communicationKit.id, kitId));
  if (!existing) throw notFound('Communication kit', 'id');
  return existing;
}
