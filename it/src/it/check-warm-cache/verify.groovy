import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
build.invocation(2).candidateBuilt(provider, 'Flyway', 2).logContains('SchemaParity PASS')
        .logLacks('candidate catalog from cache')
// The warm run: same migrations, so the captured candidate is reused and no database starts.
def warm = build.invocation(3).logContains('candidate catalog from cache (', '): no database started',
        'SchemaParity PASS', 'BUILD SUCCESS').noCandidateStarted()
assert warm.count('candidate catalog from cache (') == 1
def report = build.report()
assert report.get('expected').get('source').asText() == 'migrations'
assert report.get('verdict').asText() == 'PASS'
assert new File(basedir, 'target/schemaparity/cache').list().length > 0
return true
