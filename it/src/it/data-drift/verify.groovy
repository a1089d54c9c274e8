import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
        .logContains('Data parity FAIL', 'public.orders', 'rows 5,000 / 5,000, missing 1, unexpected 1, changed 2',
                'missing id=780', 'changed id=4242 columns total', 'changed id=17 columns note',
                'orphaned row(s) in public.orders (orders_customer_id_fkey)', 'sequence public.orders_id_seq',
                'DIFFERENT* rows 10 / 12', 'BUILD FAILURE')
        .logLacks('999.99', 'Row-Value-Secret', 'note-17')
assert build.failureLine().contains('Data parity FAIL: public.orders differ, 2 integrity finding(s) on the actual side')

def report = build.report('target/schemaparity/data-report.json')
assert report.get('format').asText() == 'schemaparity-data/1'
assert report.get('expected').get('engine').asText() == 'postgresql'
assert report.get('verdict').asText() == 'FAIL'
def orders = report.get('tables').find { it.get('table').asText() == 'public.orders' }
assert orders.get('status').asText() == 'DIFFERENT'
assert orders.get('missing').asInt() == 1 && orders.get('unexpected').asInt() == 1 && orders.get('changed').asInt() == 2
def rows = orders.get('rows').collect { it.get('change').asText() + ' ' + it.get('key').get('id').asLong() }
assert rows.sort() == ['CHANGED 17', 'CHANGED 4242', 'MISSING 780', 'UNEXPECTED 5001'].sort()
assert orders.get('rows').find { it.get('key').get('id').asLong() == 4242 }.get('columns').collect { it.asText() } == ['total']
def audit = report.get('tables').find { it.get('table').asText() == 'public.audit_log' }
assert audit.get('unexpected').asInt() == 2 && audit.get('allowed').asBoolean()
def checks = report.get('integrity').collect { it.get('check').asText() + ' ' + it.get('side').asText() }
assert checks.sort() == ['ORPHAN_ROWS actual', 'SEQUENCE_BEHIND actual']
def sequence = report.get('integrity').find { it.get('check').asText() == 'SEQUENCE_BEHIND' }
assert sequence.get('value').asLong() == 1 && sequence.get('max').asLong() == 5001
assert report.get('summary').get('tables').asInt() == 3

for (name in ['data-report.json', 'data-report.md', 'TEST-schemaparity-data.xml']) {
    def text = new File(basedir, 'target/schemaparity/' + name).text
    assert !text.contains('It-S3cret-Pw') && !text.contains('999.99') && !text.contains('Row-Value-Secret') : name
}
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/schemaparity/TEST-schemaparity-data.xml'))
assert junit.testcase.findAll { it.@classname.text() == 'schemaparity.data' }.collect { it.@name.text() }.sort() ==
        ['public.audit_log', 'public.customers', 'public.orders']
assert junit.@failures.text() == '3'
return true
