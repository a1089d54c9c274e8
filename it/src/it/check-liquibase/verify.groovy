import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
build.invocation(2).candidateBuilt(provider, 'Liquibase', 3).logContains('SchemaParity PASS', 'BUILD SUCCESS')
def report = build.report()
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('actual').get('source').asText() == 'snapshot'
assert report.get('verdict').asText() == 'PASS'
// databasechangelog and databasechangeloglock exist only in the candidate: ignored by default
assert ItBuild.differenceKeys(report) == []
return true
