import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
        .logContains('SchemaParity FAIL', 'public.orders.status', 'varchar(50)', 'varchar(255)',
                'public.orders.orders_hotfix_idx', 'BUILD FAILURE')
def report = build.report()
assert report.get('verdict').asText() == 'FAIL'
assert ItBuild.differenceKeys(report).sort() == [
        'COLUMN public.orders.status CHANGED type',
        'INDEX public.orders.orders_hotfix_idx UNEXPECTED'].sort()
def column = report.get('differences').find { it.get('objectType').asText() == 'COLUMN' }
assert column.get('expected').asText() == 'varchar(50)'
assert column.get('actual').asText() == 'varchar(255)'
assert column.get('allowed').asBoolean() == false
assert report.get('summary').get('failing').asInt() == 2
return true
