import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean().logContains('BUILD FAILURE').noCandidateStarted()
def failure = build.failureLine()
assert failure.contains('No migrations found')
assert failure.contains('src/main/resources/db/migration')
assert failure.contains('flywayLocations')
build.noReport()
return true
