import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
build.invocation(2).candidateBuilt(provider, 'Flyway', 2)
        .logContains('SchemaParity FAIL', 'public.orders.status', 'varchar(50)', 'varchar(255)',
                'public.orders.orders_hotfix_idx', 'BUILD FAILURE')
assert build.failureLine().contains('target/schemaparity/report.json')
def report = build.report()
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('actual').get('source').asText() == 'snapshot'
assert report.get('verdict').asText() == 'FAIL'
assert ItBuild.failingKeys(report) == [
        'COLUMN public.orders.status CHANGED type',
        'INDEX public.orders.orders_hotfix_idx UNEXPECTED']
def column = report.get('differences').find { it.get('objectType').asText() == 'COLUMN' }
assert column.get('expected').asText() == 'varchar(50)'
assert column.get('actual').asText() == 'varchar(255)'
assert report.get('summary').get('failing').asInt() == 2

// Fix SQL: per difference in the report, fix.sql, and production's drift as the project's next Flyway migration.
assert column.get('fix').asText().contains('-- ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);')
def index = report.get('differences').find { it.get('objectType').asText() == 'INDEX' }
assert index.get('fix').asText() == 'DROP INDEX public.orders_hotfix_idx;'
def fix = new File(basedir, 'target/schemaparity/fix.sql').text
assert fix.startsWith('-- SchemaParity fix script: turns production')
assert fix.contains('-- destructive, enable with schemaparity.fix.destructive=true')
assert !fix.contains('flyway_schema_history')
def adopt = new File(basedir, 'target/schemaparity/V3__adopt_production_drift.sql')
assert adopt.text.contains('ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(255);')
assert adopt.text.contains('CREATE INDEX orders_hotfix_idx ON public.orders USING btree (created_at);')
assert !adopt.text.contains('flyway_schema_history')
assert !new File(basedir, 'src/main/resources/db/migration/V3__adopt_production_drift.sql').exists()
build.logContains('fix SQL: ', 'adopt migration: ', 'V3__adopt_production_drift.sql')
return true
