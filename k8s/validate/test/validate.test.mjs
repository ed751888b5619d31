// The validator's own checks, on small objects made here: each must catch its kind of mistake.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkExpression, checkHardening, checkReferences, parseScrape, takeErrors } from '../validate.mjs';
import { declarationFile, unknownFields } from '../fields.mjs';
import { promqlSelectors } from '../promql.mjs';

const deployment = (name, colour, { env = [], envFrom = [], ports = [{ name: 'http', containerPort: 8081 }], sa = name } = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: `${name}-${colour}`, namespace: 'ns' },
  spec: {
    replicas: 2,
    selector: { matchLabels: { 'app.kubernetes.io/name': name, 'bizsuite.io/colour': colour } },
    template: {
      metadata: { labels: { 'app.kubernetes.io/name': name, 'bizsuite.io/colour': colour } },
      spec: { serviceAccountName: `${sa}-${colour}`, containers: [{ name, image: `bizsuite/${name}`, ports, env, envFrom }] },
    },
  },
});
const service = (name, colour, port, selectorName = name) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: `${name}-${colour}`, namespace: 'ns', labels: { 'app.kubernetes.io/name': name } },
  spec: { selector: { 'app.kubernetes.io/name': selectorName, 'bizsuite.io/colour': colour }, ports: [{ name: 'http', port, targetPort: 'http' }] },
});
const account = (name) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'ns' } });
const context = { envRead: new Set(['AUTH_URL', 'JDBC_URL']), calls: { business: new Set(['auth']) }, answered: null, adapterMetrics: new Set(), full: true };
const colourEnv = [{ name: 'BIZSUITE_COLOUR', valueFrom: { fieldRef: { fieldPath: "metadata.labels['bizsuite.io/colour']" } } }];
const denyAll = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } };

test('a Service whose selector matches no pod', () => {
  checkReferences('t', [denyAll, deployment('auth', 'blue'), account('auth-blue'), service('auth', 'blue', 8081, 'atuh')], { ...context, calls: {} });
  assert.match(takeErrors().join('\n'), /Service\/auth-blue: selector .* matches no pod template/);
});

test('a Secret no ExternalSecret makes, and a setting no application reads', () => {
  const d = deployment('auth', 'blue', { envFrom: [{ secretRef: { name: 'bizsuite-database' } }], env: [{ name: 'AUTH_OTP_PEPER', value: 'x' }] });
  checkReferences('t', [denyAll, d, account('auth-blue'), service('auth', 'blue', 8081)], { ...context, calls: {} });
  const found = takeErrors().join('\n');
  assert.match(found, /Secret bizsuite-database is made by no ExternalSecret/);
  assert.match(found, /sets AUTH_OTP_PEPER, which no application configuration reads/);
});

test('a service address of the wrong port, and a call the network policies do not allow', () => {
  const business = deployment('business', 'blue', { env: [...colourEnv, { name: 'AUTH_URL', value: 'http://auth-$(BIZSUITE_COLOUR):8082' }] });
  checkReferences('t', [denyAll, business, deployment('auth', 'blue'), account('business-blue'), account('auth-blue'), service('auth', 'blue', 8081),
    service('business', 'blue', 8082)], context);
  const found = takeErrors().join('\n');
  assert.match(found, /AUTH_URL: Service auth-blue has no port 8082/);
  assert.match(found, /business calls auth .* the network policies do not let it/);
});

test('a pod without hardening', () => {
  checkHardening('t', [deployment('auth', 'blue')]);
  const found = takeErrors().join('\n');
  for (const m of [/runAsNonRoot/, /root filesystem is writable/, /capabilities/, /no writable \/tmp/, /no startupProbe/, /not spread over topology.kubernetes.io\/zone/]) assert.match(found, m);
});

test('metric names, labels and label values against a scrape', () => {
  const scraped = parseScrape('# HELP x\nbizsuite_dependency_up{dependency="redis"} 1.0\nhttp_server_requests_seconds_count{method="GET",status="200",uri="/x"} 3\n');
  checkExpression('r', 'min(bizsuite_dependency_up{dependency="postgresql"}) == 0', scraped, new Set());
  checkExpression('r', 'sum by (route) (rate(http_server_requests_seconds_count{app="gateway"}[5m]))', scraped, new Set());
  checkExpression('r', 'rate(http_server_request_seconds_count[5m])', scraped, new Set());
  checkExpression('r', 'sum(rate(http_server_requests_seconds_count{status=~"[45].."}[5m])) / bizsuite:recorded', scraped, new Set(['bizsuite:recorded']));
  assert.deepEqual(takeErrors(), [
    'r: bizsuite_dependency_up{dependency="postgresql"} never appears (values seen: redis)',
    'r: groups or matches on route, a label none of its series has',
    'r: metric http_server_request_seconds_count is served by no service',
  ]);
});

test('PromQL selectors: brackets inside a regular expression are not a range', () => {
  const s = promqlSelectors('sum by (app) (rate(x_total{status=~"[45]..",app="a"}[5m])) > on (app) y');
  assert.deepEqual(s.map((x) => x.metric), ['x_total', 'y']);
  assert.equal(s[0].matchers[0].value, '[45]..');
});

test('a misspelt field is unknown', () => {
  const found = [];
  const d = deployment('auth', 'blue');
  d.spec.template.spec.containers[0].readinessProbe = { httpGet: { path: '/', port: 'http' }, periodSecond: 5 };
  unknownFields(d, declarationFile('kubernetes-models/apps/v1', 'Deployment'), (m) => found.push(m));
  assert.deepEqual(found, ['unknown field spec.template.spec.containers[0].readinessProbe.periodSecond']);
});
