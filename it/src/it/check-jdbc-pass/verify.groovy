import io.github.schemaparity.it.ItBuild

// clean(): the reference URL's password appears in no log line and not in the report
def build = ItBuild.of(basedir).clean()
        .candidateBuilt(provider, 'Flyway', 2)
        .logContains('SchemaParity PASS', 'BUILD SUCCESS')
def report = build.report()
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('actual').get('source').asText() == 'jdbc'
assert report.get('actual').get('engine').asText() == 'postgresql'
assert report.get('verdict').asText() == 'PASS'
assert ItBuild.failingKeys(report) == []
// production was built without Flyway: the candidate's history table is not compared
assert ItBuild.differenceKeys(report) == []
return true
