import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { webhookEnvSchema } from '@dm/access';
import { erasureEnvSchema } from '@dm/events';
import { gatewayEnvSchema } from '@dm/gateway/env';
import { peerEnvSchema, PROBE_PATHS, subgraphEnv, telemetryEnvSchema, type z } from '@dm/shared';
import { mailEnvSchema } from '@dm/shared/mail';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { migrateEnvSchema } from '../src/migrate-env.ts';

// The deployment files are checked against the code, without running them: every variable a manifest or the
// compose file sets is one its process reads (through its zod schemas), every port and probe path is one it
// serves, every URL names a Service that exists, and the image runs compiled JavaScript as a non-root PID 1.
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

type Schema = z.ZodType & { shape?: Record<string, unknown>; in?: { shape: Record<string, unknown> } };
const keysOf = (...schemas: Schema[]) => new Set(schemas.flatMap((s) => Object.keys(s.shape ?? s.in?.shape ?? {})));

const subgraphs = { companies: 4001, events: 4002, people: 4003, access: 4004 } as const;
/** What each process reads, by its command's entry file. */
const readers: Record<string, Set<string>> = {
  'services/companies/dist/index.js': keysOf(
    subgraphEnv(4001),
    mailEnvSchema,
    peerEnvSchema.omit({ COMPANIES_URL: true }),
    telemetryEnvSchema,
  ),
  'services/events/dist/index.js': keysOf(
    subgraphEnv(4002),
    mailEnvSchema,
    erasureEnvSchema,
    peerEnvSchema,
    telemetryEnvSchema,
  ),
  'services/people/dist/index.js': keysOf(
    subgraphEnv(4003),
    mailEnvSchema,
    peerEnvSchema.omit({ PEOPLE_URL: true }),
    telemetryEnvSchema,
  ),
  'services/access/dist/index.js': keysOf(subgraphEnv(4004), mailEnvSchema, webhookEnvSchema, telemetryEnvSchema),
  'gateway/dist/index.js': keysOf(gatewayEnvSchema, telemetryEnvSchema),
  'infra/dist/migrate.js': keysOf(migrateEnvSchema),
};
/** The compiled entry's source must exist. */
const sourceOf = (entry: string) => entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts');

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: { name: string; key: string; optional?: boolean };
    secretKeyRef?: { name: string; key: string; optional?: boolean };
  };
}
interface Container {
  name: string;
  image: string;
  command: string[];
  ports?: { containerPort: number }[];
  env: EnvVar[];
  readinessProbe?: { httpGet: { path: string; port: number } };
  livenessProbe?: { httpGet: { path: string; port: number } };
  startupProbe?: { httpGet: { path: string; port: number } };
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
}
interface PodSpec {
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  containers: Container[];
}
type Manifest = {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec: Record<string, unknown> & {
    selector?: { matchLabels?: Record<string, string> } & Record<string, string>;
    template?: { metadata: { labels: Record<string, string> }; spec: PodSpec };
    ports?: { port: number; targetPort: number }[];
    scaleTargetRef?: { kind: string; name: string };
  };
  data?: Record<string, string>;
};

const manifests: Manifest[] = readdirSync(`${root}infra/k8s`)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseAllDocuments(read(`infra/k8s/${f}`)).map((d) => d.toJS() as Manifest));
const ofKind = (kind: string) => manifests.filter((m) => m.kind === kind);
const deployments = ofKind('Deployment');
const services = ofKind('Service');
const config = ofKind('ConfigMap')[0]!;
const entryOf = (c: Container) => c.command.find((part) => part.endsWith('.js'))!;
const envOf = (c: Container) => Object.fromEntries(c.env.map((e) => [e.name, e.value]));
const peerUrls = ['COMPANIES_URL', 'EVENTS_URL', 'PEOPLE_URL', 'ACCESS_URL'];
const serviceUrl = /^http:\/\/([a-z-]+):(\d+)\/graphql$/;

describe('the Kubernetes manifests', () => {
  it('deploy the gateway and every subgraph, each with a Service, an autoscaler and a disruption budget', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([
      'access',
      'companies',
      'events',
      'gateway',
      'people',
    ]);
    for (const d of deployments) {
      const name = d.metadata.name;
      expect(d.spec.template!.metadata.labels).toMatchObject(d.spec.selector!.matchLabels!);
      const service = services.find((s) => s.metadata.name === name)!;
      expect(d.spec.template!.metadata.labels).toMatchObject(service.spec.selector as Record<string, string>);
      expect(ofKind('HorizontalPodAutoscaler').some((h) => h.spec.scaleTargetRef?.name === name)).toBe(true);
      expect(ofKind('PodDisruptionBudget').find((p) => p.metadata.name === name)?.spec.selector?.matchLabels).toEqual(
        d.spec.selector!.matchLabels,
      );
    }
  });

  it('set only variables the processes read, and the ones they need in production', () => {
    const workloads = [...deployments, ...ofKind('Job')];
    for (const w of workloads) {
      const pod = w.spec.template!.spec;
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      for (const c of pod.containers) {
        const entry = entryOf(c);
        expect(c.command.slice(0, 2)).toEqual(['node', '--conditions=production']);
        expect(existsSync(`${root}${sourceOf(entry)}`)).toBe(true);
        const reads = readers[entry]!;
        expect(reads, entry).toBeDefined();
        for (const variable of c.env)
          expect(reads.has(variable.name), `${w.metadata.name}: ${variable.name}`).toBe(true);
        expect(c.resources?.requests?.cpu && c.resources.requests.memory).toBeTruthy();
        const names = c.env.map((e) => e.name);
        expect(new Set(names).size).toBe(names.length);
        expect(envOf(c).NODE_ENV).toBe('production');
        expect(names).toContain(entry.startsWith('gateway') ? 'AUTH_JWT_SECRET' : 'DATABASE_URL');
        if (entry !== 'infra/dist/migrate.js') expect(names).toContain('IDENTITY_SECRET');
        // Keys taken from the ConfigMap exist there (or are optional); Secrets are named once.
        for (const e of c.env) {
          const fromConfig = e.valueFrom?.configMapKeyRef;
          if (fromConfig && !fromConfig.optional) expect(config.data, e.name).toHaveProperty(fromConfig.key);
          if (fromConfig) expect(fromConfig.name).toBe(config.metadata.name);
          if (e.valueFrom?.secretKeyRef) expect(e.valueFrom.secretKeyRef.name).toBe('destination-metier-secrets');
        }
      }
    }
    // Gateway replicas share their budgets only through Redis.
    const gateway = deployments.find((d) => d.metadata.name === 'gateway')!.spec.template!.spec.containers[0]!;
    expect(gateway.env.map((e) => e.name)).toContain('REDIS_URL');
  });

  it('listen, probe and are reached on the ports and paths the code serves', () => {
    for (const d of deployments) {
      const pod = d.spec.template!.spec;
      const c = pod.containers[0]!;
      const env = envOf(c);
      const port = Number(env.PORT);
      expect(env.HOST).toBe('0.0.0.0');
      expect(c.ports?.map((p) => p.containerPort)).toEqual([port]);
      expect(c.readinessProbe?.httpGet).toEqual({ path: PROBE_PATHS.ready, port });
      expect(c.livenessProbe?.httpGet).toEqual({ path: PROBE_PATHS.health, port });
      if (c.startupProbe) expect(c.startupProbe.httpGet).toEqual({ path: PROBE_PATHS.health, port });
      const service = services.find((s) => s.metadata.name === d.metadata.name)!;
      expect(service.spec.ports?.map((p) => p.targetPort)).toEqual([port]);
      if (d.metadata.name in subgraphs) expect(port).toBe(subgraphs[d.metadata.name as keyof typeof subgraphs]);
      // The pod is given the time its process takes to stop: delay, then grace, then a margin.
      const stopMs = Number(env.SHUTDOWN_DELAY_MS ?? 0) + Number(env.SHUTDOWN_GRACE_MS ?? 10_000);
      expect((pod.terminationGracePeriodSeconds ?? 30) * 1000).toBeGreaterThan(stopMs);
      // Every URL of another process names a Service on its port.
      for (const value of Object.values(env)) {
        const match = value && serviceUrl.exec(value);
        if (!match) continue;
        const target = services.find((s) => s.metadata.name === match[1]);
        expect(
          target?.spec.ports?.map((p) => p.port),
          value,
        ).toContain(Number(match[2]));
      }
    }
  });
});

describe('the compose file and the image', () => {
  const compose = parse(read('infra/compose.yaml')) as {
    services: Record<
      string,
      { command?: string[]; environment?: Record<string, string | number>; healthcheck?: { test: string[] } }
    >;
  };

  it('sets only variables each process reads, on the ports it serves, and points each URL at a service', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const entry = service.command?.find((part) => part.endsWith('.js'));
      if (!entry) continue; // postgres, redis
      const reads = readers[entry]!;
      expect(reads, name).toBeDefined();
      const env = service.environment ?? {};
      for (const variable of Object.keys(env)) expect(reads.has(variable), `${name}: ${variable}`).toBe(true);
      for (const url of peerUrls) if (reads.has(url)) expect(env, `${name}: ${url}`).toHaveProperty(url);
      const port = Number(env.PORT);
      if (name in subgraphs) expect(port).toBe(subgraphs[name as keyof typeof subgraphs]);
      if (service.healthcheck) expect(service.healthcheck.test.join(' ')).toContain(`:${port}${PROBE_PATHS.ready}`);
      for (const value of Object.values(env)) {
        const match = typeof value === 'string' && serviceUrl.exec(value);
        if (!match) continue;
        expect(Number(compose.services[match[1]!]?.environment?.PORT), value).toBe(Number(match[2]));
      }
    }
  });

  it('builds in stages on Node 24 and runs compiled JavaScript as a non-root PID 1', () => {
    const dockerfile = read('infra/docker/Dockerfile');
    const stages = dockerfile.split('\n').filter((line) => line.startsWith('FROM '));
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM node:24\b/);
    const last = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(last).toMatch(/^USER (node|\d+)$/m);
    const cmd = /^CMD (\[.*\])$/m.exec(last)?.[1];
    const command = JSON.parse(cmd!) as string[];
    expect(command[0]).toBe('node');
    expect(command.join(' ')).toMatch(/dist\/[\w-]+\.js$/);
    expect(command).not.toContain('npm');
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', '**/.data', '.git', '**/.env', '**/dist']) expect(ignored).toContain(entry);
  });
});
