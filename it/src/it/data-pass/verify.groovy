import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
        .logContains('Data parity PASS: 3 tables, 2 equal, 1 different', 'public.orders', 'EQUAL', 'rows 5,000 / 5,000',
                'DIFFERENT* rows 10 / 15', 'BUILD SUCCESS')
def report = build.report('target/schemaparity/data-report.json')
assert report.get('verdict').asText() == 'PASS'
assert report.get('tables').collect { it.get('table').asText() + ' ' + it.get('status').asText() } ==
        ['public.audit_log DIFFERENT', 'public.customers EQUAL', 'public.orders EQUAL']
assert report.get('integrity').size() == 0
assert !new File(basedir, 'target/schemaparity/data-report.md').text.contains('It-S3cret-Pw')
return true
