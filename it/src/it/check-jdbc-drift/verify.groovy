import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
        .candidateBuilt(provider, 'Flyway', 2)
        .logContains('SchemaParity FAIL', 'public.orders.orders_customer_idx', 'public.customers.phone', 'BUILD FAILURE')
def report = build.report()
assert report.get('actual').get('source').asText() == 'jdbc'
assert report.get('verdict').asText() == 'FAIL'
assert ItBuild.failingKeys(report) == [
        'COLUMN public.customers.phone UNEXPECTED',
        'INDEX public.orders.orders_customer_idx MISSING']
return true
