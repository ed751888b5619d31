#!/usr/bin/env node
// Offline checks of the Kubernetes overlays (k8s/README.md, "Validation"):
//   1. every overlay and every part the release scripts render builds with `kubectl kustomize`;
//   2. every rendered object validates against its schema (kubernetes-models and the CRD models);
//   3. cross-references: selectors, ports, ConfigMaps, Secrets and their keys, ServiceAccounts,
//      probes and the ALB health check against endpoints the services really answered, the
//      colour's service addresses, the HPA metric, network policies against the service calls
//      the applications are configured to make, environment names the applications read;
//   4. pod hardening and the stop sequence (preStop, deregistration delay, grace period);
//   5. metric names, label names and label values in the alert rules and the dashboard against
//      real /prometheus scrapes of the five services (--scrapes DIR, from .ci/run);
//   6. every alert has a runbook in docs/runbooks/alerts.
// Usage: node validate.mjs --scrapes DIR | --skip-metrics
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { declarationFile, unknownFields } from './fields.mjs';
import { promqlGrouping, promqlSelectors } from './promql.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const k8sRoot = path.resolve(here, '..');
const repo = path.resolve(k8sRoot, '..');
const ENVIRONMENTS = ['staging', 'production'];
const PARTS = ['shared', 'blue', 'green', 'ingress', 'migration'];
const SERVICES = ['gateway', 'auth', 'business', 'inventory', 'invoice'];
// labels Prometheus puts on every scraped series (target labels and the ServiceMonitors' relabelings)
const TARGET_LABELS = new Set(['app', 'colour', 'pod', 'namespace', 'service', 'job', 'instance', 'container', 'endpoint']);
// series that do not come from the applications: kube-state-metrics, and the rules' own records
const EXTERNAL_METRICS = {
  kube_pod_status_ready: ['namespace', 'pod', 'condition', 'uid'],
  kube_pod_container_status_restarts_total: ['namespace', 'pod', 'container', 'uid'],
};

const errors = [];
const fail = (where, message) => errors.push(`${where}: ${message}`);
/** The problems found so far, forgotten once taken (for the tests). */
export const takeErrors = () => errors.splice(0);

function parseArgs(argv) {
  const options = { scrapes: null, skipMetrics: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--scrapes') options.scrapes = argv[++i];
    else if (argv[i] === '--skip-metrics') options.skipMetrics = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!options.scrapes && !options.skipMetrics) {
    throw new Error('--scrapes DIR (the services\' /prometheus answers) or --skip-metrics');
  }
  return options;
}

// ---------- 1. rendering

export function render(dir) {
  const text = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return YAML.parseAllDocuments(text).map((d) => d.toJS()).filter((o) => o);
}

// ---------- 2. schemas

const MODEL_PACKAGES = {
  '': (v) => `kubernetes-models/${v}`,
  'external-secrets.io': (v) => `@kubernetes-models/external-secrets/external-secrets.io/${v}`,
  'monitoring.coreos.com': (v) => `@kubernetes-models/prometheus-operator/monitoring.coreos.com/${v}`,
};

async function validateSchema(where, object) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  const modulePath = (MODEL_PACKAGES[group] ?? ((v) => `kubernetes-models/${group}/${v}`))(version);
  let Model;
  try {
    Model = (await import(modulePath))[object.kind];
  } catch {
    Model = undefined;
  }
  if (!Model) {
    fail(where, `no schema for ${object.apiVersion} ${object.kind}`);
    return;
  }
  unknownFields(object, declarationFile(modulePath, object.kind), (message) => fail(where, `schema: ${message}`));
  try {
    new Model(object).validate();
  } catch (e) {
    const details = e.errors ? e.errors.map((x) => `${x.instancePath || '/'} ${x.message}${x.params?.additionalProperty ? ` (${x.params.additionalProperty})` : ''}`).join('; ') : e.message;
    fail(where, `schema: ${details}`);
  }
}

// ---------- 3. cross-references

const matches = (selector, labels) => {
  if (!selector) return false;
  const ml = selector.matchLabels ?? (selector.matchExpressions ? {} : selector);
  for (const [k, v] of Object.entries(ml)) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    if (e.operator === 'In' && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
};

const podsOf = (objects) => objects
  .filter((o) => o.kind === 'Deployment' || o.kind === 'Job')
  .map((o) => ({ owner: o, namespace: o.metadata.namespace, labels: o.spec.template.metadata?.labels ?? {}, spec: o.spec.template.spec }));

const containersOf = (pod) => [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
const key = (o) => `${o.kind}/${o.metadata.name}`;

// env names the applications read: ${NAME...} placeholders in their configuration, plus the few
// read by the launcher scripts and logback
function environmentNamesRead() {
  const names = new Set(['PORT', 'JAVA_OPTS', 'MICRONAUT_ENVIRONMENTS', 'LOG_LEVEL']);
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['target', 'node_modules', '.git', 'test', 'k8s', 'data'].includes(entry.name)) walk(p);
      } else if (/^(application.*\.yml|.*-defaults\.yml|logback\.xml)$/.test(entry.name) && p.includes(`${path.sep}main${path.sep}resources`)) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/\$\{([A-Z][A-Z0-9_]*)[:}]/g)) names.add(m[1]);
      }
    }
  };
  walk(repo);
  return names;
}

// the service URLs each application is configured to call: ${X_URL} in its own application.yml
function callsConfigured() {
  const calls = {};
  for (const service of SERVICES) {
    const file = service === 'gateway' ? 'gateway/src/main/resources/application.yml' : `${service}/app/src/main/resources/application.yml`;
    const text = fs.readFileSync(path.join(repo, file), 'utf8');
    calls[service] = new Set([...text.matchAll(/\$\{(AUTH|BUSINESS|INVENTORY|INVOICE)_URL[:}]/g)].map((m) => m[1].toLowerCase()));
  }
  return calls;
}

// endpoints the services answered in the split run: "<service> <path> <status>" lines
function endpointsAnswered(scrapes) {
  const answered = new Map();
  if (!scrapes) return null;
  const file = path.join(scrapes, 'endpoints.txt');
  if (!fs.existsSync(file)) {
    fail('scrapes', `no ${file}`);
    return null;
  }
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const [service, p, status] = line.trim().split(/\s+/);
    answered.set(`${service} ${p}`, status);
  }
  return answered;
}

function secretKeys(objects) {
  const keys = new Map();
  for (const es of objects.filter((o) => o.kind === 'ExternalSecret')) {
    const target = es.spec.target?.name ?? es.metadata.name;
    const template = es.spec.target?.template?.data;
    keys.set(target, new Set(template ? Object.keys(template) : (es.spec.data ?? []).map((d) => d.secretKey)));
  }
  for (const s of objects.filter((o) => o.kind === 'Secret')) keys.set(s.metadata.name, new Set(Object.keys({ ...s.data, ...s.stringData })));
  return keys;
}

export function checkReferences(where, objects, context) {
  const byKey = new Map(objects.map((o) => [key(o), o]));
  const secrets = secretKeys(objects);
  const pods = podsOf(objects);
  const appName = (pod) => pod.labels['app.kubernetes.io/name'];

  for (const pod of pods) {
    const w = `${where} ${key(pod.owner)}`;
    const sa = pod.spec.serviceAccountName;
    if (!sa || !byKey.has(`ServiceAccount/${sa}`)) fail(w, `ServiceAccount ${sa} is not defined`);
    const volumes = new Set((pod.spec.volumes ?? []).map((v) => v.name));
    for (const c of containersOf(pod)) {
      const cw = `${w} container ${c.name}`;
      const ports = new Set((c.ports ?? []).map((p) => p.name));
      for (const ref of c.envFrom ?? []) {
        if (ref.configMapRef && !byKey.has(`ConfigMap/${ref.configMapRef.name}`)) fail(cw, `ConfigMap ${ref.configMapRef.name} is not defined`);
        if (ref.secretRef && !secrets.has(ref.secretRef.name)) fail(cw, `Secret ${ref.secretRef.name} is made by no ExternalSecret`);
      }
      const env = new Map();
      for (const e of c.env ?? []) {
        env.set(e.name, e);
        const s = e.valueFrom?.secretKeyRef;
        if (s && !secrets.get(s.name)?.has(s.key)) fail(cw, `Secret ${s.name} has no key ${s.key}`);
        const cm = e.valueFrom?.configMapKeyRef;
        if (cm && !(byKey.get(`ConfigMap/${cm.name}`)?.data ?? {})[cm.key]) fail(cw, `ConfigMap ${cm.name} has no key ${cm.key}`);
        const field = e.valueFrom?.fieldRef?.fieldPath?.match(/^metadata\.labels\['(.+)'\]$/);
        if (field && !pod.labels[field[1]]) fail(cw, `env ${e.name} reads label ${field[1]}, which the pod does not have`);
      }
      // every name handed to the application is one it reads
      const handed = [...env.keys()];
      for (const ref of c.envFrom ?? []) {
        if (ref.configMapRef) handed.push(...Object.keys(byKey.get(`ConfigMap/${ref.configMapRef.name}`)?.data ?? {}));
        if (ref.secretRef) handed.push(...(secrets.get(ref.secretRef.name) ?? []));
      }
      for (const name of handed) {
        if (name !== 'BIZSUITE_COLOUR' && !context.envRead.has(name)) fail(cw, `sets ${name}, which no application configuration reads`);
      }
      // the colour's own services, at their ports
      for (const [name, e] of env) {
        const url = e.value?.match(/^http:\/\/([a-z]+)-\$\(BIZSUITE_COLOUR\):(\d+)$/);
        if (!url) continue;
        const colour = pod.labels['bizsuite.io/colour'];
        const svc = byKey.get(`Service/${url[1]}-${colour}`);
        if (!svc) fail(cw, `${name} names ${url[1]}-${colour}, which is not a Service`);
        else if (!svc.spec.ports.some((p) => String(p.port) === url[2])) fail(cw, `${name}: Service ${url[1]}-${colour} has no port ${url[2]}`);
      }
      for (const m of c.volumeMounts ?? []) if (!volumes.has(m.name)) fail(cw, `mounts volume ${m.name}, which the pod does not define`);
      for (const probeName of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const probe = c[probeName]?.httpGet;
        if (!probe) continue;
        if (typeof probe.port === 'string' && !ports.has(probe.port)) fail(cw, `${probeName} uses port ${probe.port}, which the container does not name`);
        checkEndpoint(cw, context, appName(pod), probe.path, probeName);
      }
    }
  }

  for (const svc of objects.filter((o) => o.kind === 'Service')) {
    const w = `${where} ${key(svc)}`;
    const selected = pods.filter((p) => p.namespace === svc.metadata.namespace && matches(svc.spec.selector, p.labels));
    if (selected.length === 0) fail(w, `selector ${JSON.stringify(svc.spec.selector)} matches no pod template`);
    for (const port of svc.spec.ports) {
      for (const pod of selected) {
        const named = pod.spec.containers.flatMap((c) => c.ports ?? []);
        const ok = typeof port.targetPort === 'string' ? named.some((p) => p.name === port.targetPort) : named.some((p) => p.containerPort === (port.targetPort ?? port.port));
        if (!ok) fail(w, `targetPort ${port.targetPort} is not a port of ${key(pod.owner)}`);
      }
    }
  }

  for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
    const w = `${where} ${key(hpa)}`;
    const target = byKey.get(`${hpa.spec.scaleTargetRef.kind}/${hpa.spec.scaleTargetRef.name}`);
    if (!target) fail(w, `scales ${hpa.spec.scaleTargetRef.name}, which is not defined`);
    else if (target.spec.replicas < hpa.spec.minReplicas) fail(w, `the Deployment starts with ${target.spec.replicas} replicas, below minReplicas ${hpa.spec.minReplicas}`);
    for (const m of hpa.spec.metrics ?? []) {
      if (m.type === 'Pods' && !context.adapterMetrics.has(m.pods.metric.name)) fail(w, `pods metric ${m.pods.metric.name} is not served by the Prometheus adapter rules`);
    }
    if (!hpa.spec.behavior?.scaleDown) fail(w, 'no scale-down behaviour');
  }
  for (const pdb of objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
    if (!pods.some((p) => matches(pdb.spec.selector, p.labels))) fail(`${where} ${key(pdb)}`, 'selector matches no pod template');
  }
  for (const sm of objects.filter((o) => o.kind === 'ServiceMonitor')) {
    const w = `${where} ${key(sm)}`;
    const svcs = objects.filter((o) => o.kind === 'Service' && matches(sm.spec.selector, o.metadata.labels ?? {}));
    if (svcs.length === 0 && context.full) fail(w, 'selects no Service');
    for (const ep of sm.spec.endpoints) {
      for (const svc of svcs) if (!svc.spec.ports.some((p) => p.name === ep.port)) fail(w, `Service ${svc.metadata.name} has no port ${ep.port}`);
      const service = svcs[0]?.metadata.labels['app.kubernetes.io/name'];
      if (service) checkEndpoint(w, context, service, ep.path, 'scrape path');
    }
  }
  for (const ing of objects.filter((o) => o.kind === 'Ingress')) checkIngress(`${where} ${key(ing)}`, ing, byKey, pods, context);
  if (context.full) checkNetworkPolicies(where, objects, pods, context);
}

function checkEndpoint(where, context, service, p, what) {
  if (!context.answered) return;
  const status = context.answered.get(`${service} ${p}`);
  if (status !== '200') fail(where, `${what} ${p}: ${service} answered ${status ?? 'nothing (not asked in the split run)'}, not 200`);
}

const annotation = (o, k) => o.metadata.annotations?.[k];

function checkIngress(where, ing, byKey, pods, context) {
  const a = (k) => annotation(ing, `alb.ingress.kubernetes.io/${k}`);
  if (a('target-type') !== 'ip') fail(where, 'target-type is not ip');
  if (!a('certificate-arn')?.startsWith('arn:aws:acm:')) fail(where, 'no ACM certificate');
  if (a('ssl-redirect') !== '443') fail(where, 'no HTTP to HTTPS redirect');
  if (!JSON.parse(a('listen-ports') ?? '[]').some((l) => l.HTTPS === 443)) fail(where, 'no HTTPS listener');
  for (const rule of ing.spec.rules) {
    for (const p of rule.http.paths) {
      const backend = p.backend.service;
      if (backend.port.name !== 'use-annotation') continue;
      const action = a(`actions.${backend.name}`);
      if (!action) {
        fail(where, `backend ${backend.name} uses an annotation that does not exist`);
        continue;
      }
      const groups = JSON.parse(action).forwardConfig?.targetGroups ?? [];
      const weights = groups.reduce((s, g) => s + g.weight, 0);
      if (weights !== 100) fail(where, `forward weights add up to ${weights}, not 100`);
      for (const g of groups) {
        const svc = byKey.get(`Service/${g.serviceName}`);
        if (!svc) {
          if (context.full) fail(where, `forwards to ${g.serviceName}, which is not a Service`);
          continue;
        }
        if (!svc.spec.ports.some((port) => port.name === g.servicePort || String(port.port) === String(g.servicePort))) fail(where, `${g.serviceName} has no port ${g.servicePort}`);
        const selected = pods.filter((pod) => matches(svc.spec.selector, pod.labels));
        const delay = Number((a('target-group-attributes') ?? '').match(/deregistration_delay\.timeout_seconds=(\d+)/)?.[1] ?? 300);
        for (const pod of selected) {
          const c = pod.spec.containers[0];
          const sleep = Number(c.lifecycle?.preStop?.exec?.command?.[1] ?? c.lifecycle?.preStop?.sleep?.seconds ?? 0);
          const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
          if (!(sleep > delay)) fail(where, `${key(pod.owner)} pauses ${sleep}s in preStop, not longer than the deregistration delay ${delay}s`);
          if (!(grace > sleep)) fail(where, `${key(pod.owner)} has ${grace}s to stop, not more than its ${sleep}s preStop pause`);
          checkEndpoint(where, context, pod.labels['app.kubernetes.io/name'], a('healthcheck-path'), 'ALB health check');
        }
      }
    }
  }
}

// Which pods may talk to which, by the policies: a connection needs an egress rule on the caller
// and an ingress rule on the callee (after the default deny).
function allowed(policies, from, to, port, direction) {
  return policies.some((np) => {
    if (!(np.spec.policyTypes ?? []).includes(direction)) return false;
    const self = direction === 'Egress' ? from : to;
    const peer = direction === 'Egress' ? to : from;
    if (!matches(np.spec.podSelector, self.labels)) return false;
    const rules = direction === 'Egress' ? np.spec.egress : np.spec.ingress;
    return (rules ?? []).some((r) => {
      const peers = direction === 'Egress' ? r.to : r.from;
      const peerOk = !peers || peers.some((p) => p.podSelector && !p.namespaceSelector && matches(p.podSelector, peer.labels));
      const portOk = !r.ports || r.ports.some((p) => p.port === port || (typeof p.port === 'string' && peer === to && peer.ports.get(p.port) === port));
      return peerOk && portOk;
    });
  });
}

function checkNetworkPolicies(where, objects, pods, context) {
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  if (!policies.some((np) => Object.keys(np.spec.podSelector ?? {}).length === 0 && !np.spec.ingress && !np.spec.egress
      && np.spec.policyTypes?.includes('Ingress') && np.spec.policyTypes?.includes('Egress'))) {
    fail(where, 'no default deny policy');
  }
  const running = pods.filter((p) => p.owner.kind === 'Deployment').map((p) => ({
    ...p,
    name: p.labels['app.kubernetes.io/name'],
    ports: new Map(p.spec.containers.flatMap((c) => c.ports ?? []).map((port) => [port.name, port.containerPort])),
  }));
  const colourOf = (p) => p.labels['bizsuite.io/colour'];
  for (const from of running) {
    for (const to of running) {
      if (from === to || colourOf(from) !== colourOf(to)) continue;
      const port = to.ports.get('http');
      const calls = context.calls[from.name]?.has(to.name) ?? false;
      const open = allowed(policies, from, to, port, 'Egress') && allowed(policies, from, to, port, 'Ingress');
      if (calls && !open) fail(where, `${from.name} calls ${to.name} (its configuration names ${to.name.toUpperCase()}_URL), but the network policies do not let it`);
      if (!calls && open) fail(where, `the network policies let ${from.name} reach ${to.name}, which it never calls`);
    }
  }
}

// ---------- 4. hardening

export function checkHardening(where, objects) {
  for (const pod of podsOf(objects)) {
    const w = `${where} ${key(pod.owner)}`;
    const sc = pod.spec.securityContext ?? {};
    if (sc.runAsNonRoot !== true) fail(w, 'runAsNonRoot is not true');
    if (sc.seccompProfile?.type !== 'RuntimeDefault') fail(w, 'seccomp profile is not RuntimeDefault');
    const tmp = (pod.spec.volumes ?? []).find((v) => v.emptyDir);
    for (const c of containersOf(pod)) {
      const cw = `${w} container ${c.name}`;
      const csc = c.securityContext ?? {};
      if (csc.readOnlyRootFilesystem !== true) fail(cw, 'root filesystem is writable');
      if (csc.allowPrivilegeEscalation !== false) fail(cw, 'privilege escalation is allowed');
      if (!(csc.capabilities?.drop ?? []).includes('ALL')) fail(cw, 'capabilities are not all dropped');
      if (!tmp || !(c.volumeMounts ?? []).some((m) => m.name === tmp.name && m.mountPath === '/tmp')) fail(cw, 'no writable /tmp');
      const r = c.resources ?? {};
      if (!r.requests?.memory || !r.limits?.memory || !r.requests?.cpu) fail(cw, 'memory request and limit and a CPU request are required');
      if (pod.owner.kind !== 'Deployment') continue;
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) if (!c[probe]) fail(cw, `no ${probe}`);
      if (!c.lifecycle?.preStop) fail(cw, 'no preStop pause');
    }
    if (pod.owner.kind === 'Deployment') {
      const keys = (pod.spec.topologySpreadConstraints ?? []).map((t) => t.topologyKey);
      for (const k of ['topology.kubernetes.io/zone', 'kubernetes.io/hostname']) if (!keys.includes(k)) fail(w, `not spread over ${k}`);
      for (const t of pod.spec.topologySpreadConstraints ?? []) if (!matches(t.labelSelector, pod.labels)) fail(w, `spread constraint over ${t.topologyKey} does not select the pod itself`);
    }
  }
}

// ---------- 5. metrics

export function parseScrape(text) {
  const series = new Map(); // name -> Map(label -> Set(values))
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s/);
    if (!m) continue;
    const labels = series.get(m[1]) ?? new Map();
    series.set(m[1], labels);
    for (const l of (m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      if (!labels.has(l[1])) labels.set(l[1], new Set());
      labels.get(l[1]).add(l[2]);
    }
  }
  return series;
}

function loadScrapes(dir) {
  const all = new Map();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.prom'));
  for (const service of SERVICES) if (!files.includes(`${service}.prom`)) fail('scrapes', `no ${service}.prom in ${dir}`);
  for (const f of files) {
    for (const [name, labels] of parseScrape(fs.readFileSync(path.join(dir, f), 'utf8'))) {
      const into = all.get(name) ?? new Map();
      all.set(name, into);
      for (const [l, values] of labels) into.set(l, new Set([...(into.get(l) ?? []), ...values]));
    }
  }
  return all;
}

export function checkExpression(where, expr, scraped, recorded) {
  const present = new Set();
  for (const s of promqlSelectors(expr)) {
    if (recorded.has(s.metric)) continue;
    const external = EXTERNAL_METRICS[s.metric];
    const labels = external ? new Map(external.map((l) => [l, null])) : scraped.get(s.metric);
    if (!labels) {
      fail(where, `metric ${s.metric} is served by no service`);
      continue;
    }
    for (const l of labels.keys()) present.add(l);
    for (const m of s.matchers) {
      if (TARGET_LABELS.has(m.label) || m.value.includes('$')) continue;
      if (!labels.has(m.label)) {
        fail(where, `metric ${s.metric} has no label ${m.label}`);
        continue;
      }
      const values = labels.get(m.label);
      if (values && m.op === '=' && !values.has(m.value)) fail(where, `${s.metric}{${m.label}="${m.value}"} never appears (values seen: ${[...values].slice(0, 8).join(', ')})`);
    }
  }
  for (const g of promqlGrouping(expr)) {
    if (!TARGET_LABELS.has(g) && present.size && !present.has(g)) fail(where, `groups or matches on ${g}, a label none of its series has`);
  }
}

function checkMetrics(objects, scraped) {
  const rules = objects.filter((o) => o.kind === 'PrometheusRule').flatMap((o) => o.spec.groups.flatMap((g) => g.rules));
  const recorded = new Set(rules.filter((r) => r.record).map((r) => r.record));
  for (const r of rules) checkExpression(`PrometheusRule ${r.alert ?? r.record}`, r.expr, scraped, recorded);
  const dashboard = JSON.parse(fs.readFileSync(path.join(k8sRoot, 'base/shared/dashboards/bizsuite.json'), 'utf8'));
  const panels = (dashboard.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])]);
  for (const p of panels) for (const t of p.targets ?? []) checkExpression(`dashboard panel "${p.title}"`, t.expr, scraped, recorded);
  for (const v of dashboard.templating?.list ?? []) {
    const values = (v.definition ?? '').match(/^label_values\((.*),\s*([a-zA-Z_]+)\)$/);
    if (!values) continue;
    checkExpression(`dashboard variable ${v.name}`, values[1], scraped, recorded);
    if (!TARGET_LABELS.has(values[2]) && !scraped.get(values[1].replace(/\{.*$/, ''))?.has(values[2])) fail(`dashboard variable ${v.name}`, `no label ${values[2]}`);
  }
  // the HPA's custom metric comes from this series
  if (!scraped.has('http_server_requests_seconds_count')) fail('Prometheus adapter', 'http_server_requests_seconds_count is not served');
}

// ---------- 6. runbooks

function checkRunbooks(objects) {
  for (const r of objects.filter((o) => o.kind === 'PrometheusRule').flatMap((o) => o.spec.groups.flatMap((g) => g.rules)).filter((r) => r.alert)) {
    const file = `docs/runbooks/alerts/${r.alert}.md`;
    if (!r.annotations?.runbook_url?.endsWith(`/${file}`)) fail(`alert ${r.alert}`, `runbook_url does not point at ${file}`);
    if (!fs.existsSync(path.join(repo, file))) fail(`alert ${r.alert}`, `${file} does not exist`);
  }
}

// ---------- main

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const adapter = YAML.parse(fs.readFileSync(path.join(k8sRoot, 'cluster/prometheus-adapter-rules.yaml'), 'utf8'));
  const context = {
    envRead: environmentNamesRead(),
    calls: callsConfigured(),
    answered: options.scrapes ? endpointsAnswered(options.scrapes) : null,
    adapterMetrics: new Set(adapter.rules.custom.map((r) => r.name.as)),
  };
  let objects = 0;
  let allObjects = [];
  for (const env of ENVIRONMENTS) {
    const builds = {};
    for (const part of ['', ...PARTS]) {
      const dir = path.join(k8sRoot, 'overlays', env, part);
      try {
        builds[part] = render(dir);
      } catch (e) {
        fail(`kustomize ${path.relative(repo, dir)}`, e.stderr?.toString().trim() || e.message);
        builds[part] = [];
      }
    }
    const full = builds[''];
    for (const o of [...full, ...builds.migration]) {
      objects++;
      await validateSchema(`${env} ${key(o)}`, o);
    }
    checkReferences(env, full, { ...context, full: true });
    checkReferences(`${env} migration`, [...builds.migration, ...builds.shared], { ...context, full: false });
    checkHardening(env, [...full, ...builds.migration]);
    for (const part of PARTS) {
      if (part === 'migration') continue;
      const inFull = new Set(full.map(key));
      for (const o of builds[part]) if (!inFull.has(key(o))) fail(`${env}/${part}`, `${key(o)} is not in the overlay's full build`);
    }
    allObjects = allObjects.concat(full);
  }
  checkRunbooks(allObjects);
  if (options.scrapes) checkMetrics(allObjects, loadScrapes(options.scrapes));
  else console.log('metric names not checked (--skip-metrics)');

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (errors.length) {
    for (const e of errors) console.error(`FAIL ${e}`);
    console.error(`k8s validation: ${errors.length} problem(s) in ${objects} objects (${seconds} s)`);
    process.exit(1);
  }
  console.log(`k8s validation: ${objects} objects of ${ENVIRONMENTS.join(' and ')} valid (${seconds} s)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`k8s validation: ${e.message}`);
    process.exit(2);
  });
}
