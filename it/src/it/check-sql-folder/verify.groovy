import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
build.invocation(2).candidateBuilt(provider, 'SQL folder', 3).logContains('SchemaParity PASS', 'BUILD SUCCESS')
def report = build.report()
assert report.get('verdict').asText() == 'PASS'
assert ItBuild.differenceKeys(report) == []
return true
