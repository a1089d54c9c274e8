import io.github.schemaparity.it.ItBuild

// Production (a real database Flyway migrated to V3) against a project with V1..V5: no drift, two pending
// migrations logged and in report.json, the build passes; a pending DROP COLUMN is rated CRITICAL.
def build = ItBuild.of(basedir).clean()
        .candidateBuilt(provider, 'Flyway', 3)
        .logContains('version aware: production has applied Flyway migrations up to version 3; the candidate is built to it, later migrations are pending',
                'migrated candidate with Flyway: 3 migrations applied in',
                '(production\'s version; 2 pending)',
                'SchemaParity PASS',
                'pending: 2 migrations production has not applied yet (reported, never failing)',
                'V4 order notes (V4__order_notes.sql): 1 change, LOW',
                'V5 drop legacy code (V5__drop_legacy_code.sql): 1 change, CRITICAL',
                'drops    COLUMN  public.customers.legacy_code  varchar(20)',
                'BUILD SUCCESS')
def report = build.report()
assert report.get('verdict').asText() == 'PASS'
assert ItBuild.failingKeys(report) == []
// The history table's structure stays ignored; its rows matched production's: no MIGRATION difference.
assert ItBuild.allowedKeys(report).every { !it.startsWith('MIGRATION') }
def pending = report.get('pending')
assert pending.size() == 2
assert pending.get(0).get('version').asText() == '4'
assert pending.get(0).get('script').asText() == 'V4__order_notes.sql'
assert pending.get(0).get('differences').get(0).get('object').asText() == 'public.orders.notes'
assert pending.get(1).get('version').asText() == '5'
assert pending.get(1).get('description').asText() == 'drop legacy code'
def drop = pending.get(1).get('differences').get(0)
assert drop.get('objectType').asText() == 'COLUMN'
assert drop.get('object').asText() == 'public.customers.legacy_code'
assert drop.get('change').asText() == 'MISSING'
assert drop.get('severity').asText() == 'CRITICAL'
assert new File(basedir, 'target/schemaparity/report.md').text.contains('#### Pending migrations')
return true
