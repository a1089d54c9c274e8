import io.github.schemaparity.it.ItBuild

// One summary line, one line per drifted tenant, the failure naming both; no line per equal tenant.
def build = ItBuild.of(basedir).clean()
        .logContains('SchemaParity FAIL: 20 tenants: 18 equal, 2 drifted (2 failing); compared with expected schema app',
                'tenant_004  FAIL  1 difference (1 failing): ', 'INDEX tenant_004.orders.orders_hotfix_idx UNEXPECTED',
                'tenant_011  FAIL  1 difference (1 failing): ', 'COLUMN tenant_011.orders.status CHANGED type: varchar(50) -> varchar(255)',
                'not tenants, left out: public, tenants_archive',
                'SchemaParity: 2 of 20 tenants fail: tenant_004, tenant_011 (see target/schemaparity/report.json)',
                'BUILD FAILURE')
def log = new File(basedir, 'build.log').text
assert !log.contains('tenant_001  ') && !log.contains('tenants_archive.old_orders')
assert log.readLines().count { it.startsWith('[ERROR]   tenant_') } == 2

def report = build.report()
assert report.get('verdict').asText() == 'FAIL'
assert ItBuild.differenceKeys(report).sort() == [
        'COLUMN tenant_011.orders.status CHANGED type',
        'INDEX tenant_004.orders.orders_hotfix_idx UNEXPECTED'].sort()
def tenants = report.get('tenants')
assert tenants.size() == 20
assert tenants.findAll { it.get('verdict').asText() == 'FAIL' }.collect { it.get('tenant').asText() } ==
        ['tenant_004', 'tenant_011']
assert tenants.every { it.get('verdict').asText() == 'FAIL' || it.get('differences').asInt() == 0 }
assert !new File(basedir, 'target/schemaparity/report.json').text.contains('tenants_archive')
assert new File(basedir, 'target/schemaparity/fix.sql').text.contains('DROP INDEX tenant_004.orders_hotfix_idx;')
return true
