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
return true
