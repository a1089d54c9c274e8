import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean().logContains('SchemaParity PASS', 'BUILD SUCCESS', 'public.orders.status')
def report = build.report()
assert report.get('verdict').asText() == 'PASS'
assert report.get('summary').get('allowed').asInt() == 2
def index = report.get('differences').find { it.get('objectType').asText() == 'INDEX' }
assert index.get('allowed').asBoolean()
assert index.get('reason').asText().contains('orders_hotfix_')
return true
