import io.github.schemaparity.it.ItBuild

def db = 'check_mariadb_drift_production'
def build = ItBuild.of(basedir).clean()
        .candidateBuilt(provider, 'Flyway', 2)
        .logContains('SchemaParity FAIL', "${db}.orders.status", "${db}.orders.orders_hotfix_idx", 'BUILD FAILURE')
def report = build.report()
assert report.get('verdict').asText() == 'FAIL'
assert report.get('expected').get('engine').asText() == 'mariadb'
assert ItBuild.failingKeys(report) == [
        "COLUMN ${db}.orders.status CHANGED type".toString(),
        "INDEX ${db}.orders.orders_hotfix_idx UNEXPECTED".toString()]
assert build.failureLine().contains('SchemaParity: 2 differences not allowed by the policy')
return true
