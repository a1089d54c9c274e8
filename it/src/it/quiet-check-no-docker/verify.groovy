import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean().noErrorsOrWarnings()
        .candidateBuilt('embedded', 'Flyway', 2)
        .logContains('SchemaParity PASS', 'BUILD SUCCESS', 'production has no Flyway history: version awareness off')
        .logLacks('Could not find a valid Docker environment', 'flyway_schema_history MISSING')
assert build.count('Docker') >= 1
def report = build.report()
assert report.get('verdict').asText() == 'PASS'
// Production was not built by Flyway: its history table is no difference at all, allowed or not.
assert ItBuild.differenceKeys(report) == []
def fix = new File(basedir, 'target/schemaparity/fix.sql')
assert !fix.exists() || !fix.text.contains('flyway_schema_history')
return true
