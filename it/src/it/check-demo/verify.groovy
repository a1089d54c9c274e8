import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
build.invocation(1).candidateBuilt(provider, 'Flyway', 3).logContains('SchemaParity PASS', 'BUILD SUCCESS')
build.invocation(2).logContains('SchemaParity FAIL', 'public.orders.orders_placed_at_idx',
        'public.order_items.sku', 'varchar(32)', 'varchar(64)', 'public.customers.full_name', 'BUILD FAILURE')
def report = build.report('demo/target/schemaparity/report.json')
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('actual').get('source').asText() == 'snapshot'
assert report.get('verdict').asText() == 'FAIL'
// production's own flyway_schema_history matches the candidate's: no difference, not even an allowed one
assert ItBuild.differenceKeys(report).sort() == [
        'COLUMN public.customers.full_name CHANGED nullable',
        'COLUMN public.order_items.sku CHANGED type',
        'INDEX public.orders.orders_placed_at_idx UNEXPECTED']
return true
