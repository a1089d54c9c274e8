import io.github.schemaparity.it.ItBuild

def expected = 'compare_mariadb_drift_expected'
def actual = 'compare_mariadb_drift_actual'
def build = ItBuild.of(basedir).clean()
        .logContains("schema mapping (expected=actual): ${expected}=${actual} (each side is one mariadb database)",
                'SchemaParity FAIL', "${actual}.customers.phone", 'BUILD FAILURE')
def report = build.report()
assert report.get('verdict').asText() == 'FAIL'
assert report.get('expected').get('engine').asText() == 'mariadb'
assert report.get('actual').get('engine').asText() == 'mariadb'
// Nothing else: the two databases' names, the view text and the FK targets are not differences.
assert ItBuild.differenceKeys(report) == ["COLUMN ${actual}.customers.phone UNEXPECTED".toString()]
return true
