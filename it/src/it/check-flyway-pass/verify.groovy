import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
build.invocation(1).logContains('snapshot written', 'BUILD SUCCESS')
assert new File(basedir, 'src/test/resources/schemaparity/snapshot.json').exists()
build.invocation(2).candidateBuilt(provider, 'Flyway', 2).logContains('SchemaParity PASS', 'BUILD SUCCESS')
def report = build.report()
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('actual').get('source').asText() == 'snapshot'
assert report.get('verdict').asText() == 'PASS'
assert ItBuild.failingKeys(report) == []
// flyway_schema_history exists only in the candidate (production here was built without Flyway): not compared
assert ItBuild.differenceKeys(report) == []
build.invocation(2).logContains('production has no Flyway history: version awareness off')
return true
