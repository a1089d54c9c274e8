import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
build.invocation(2).candidateBuilt(provider, 'Liquibase', 3).logContains('SchemaParity PASS', 'BUILD SUCCESS')
def report = build.report()
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('actual').get('source').asText() == 'snapshot'
assert report.get('verdict').asText() == 'PASS'
assert ItBuild.failingKeys(report) == []
// Liquibase's tables exist only in the candidate (production was not built by Liquibase): not compared
assert ItBuild.differenceKeys(report) == []
return true
