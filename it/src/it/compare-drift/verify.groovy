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

// Fix SQL in the report folder; without a project the adopt script has no version.
assert column.get('fix').asText().contains('ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);')
assert new File(basedir, 'target/schemaparity/fix.sql').text.contains('DROP INDEX public.orders_hotfix_idx;')
assert new File(basedir, 'target/schemaparity/adopt_production_drift.sql').text
        .contains('ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(255);')

// The same verdict for a pull-request comment and for CI test tabs.
def markdown = new File(basedir, 'target/schemaparity/report.md').text
assert markdown.startsWith('### SchemaParity: FAIL')
assert markdown.contains('`public.orders.status`') && markdown.contains('`public.orders.orders_hotfix_idx`')
assert !markdown.contains('It-S3cret-Pw')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/schemaparity/TEST-schemaparity.xml'))
assert junit.@tests.text() == '2' && junit.@failures.text() == '2'
assert junit.testcase.collect { it.@name.text() }.sort() ==
        ['public.orders.orders_hotfix_idx UNEXPECTED', 'public.orders.status CHANGED [type]']
// And for a person with a browser: one self-contained page, nothing loaded from elsewhere.
def html = new File(basedir, 'target/schemaparity/report.html').text
assert html.startsWith('<!DOCTYPE html>') && html.contains('<title>SchemaParity FAIL: 2 differences: 2 failing, 0 allowed</title>')
assert html.contains('data-path="public.orders.status"') && html.contains('data-path="public.orders.orders_hotfix_idx"')
assert !html.contains('It-S3cret-Pw') && !html.contains('<link') && !html.contains(' src=')
return true
