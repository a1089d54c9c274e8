import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean()
        .logContains('Candidate provider: ' + provider + ' - ', 'BUILD FAILURE')
        .logLacks('SchemaParity PASS', 'SchemaParity FAIL')
// One line names the file and the database's own complaint.
def failure = build.failureLine()
assert failure.contains('V3__order_notes.sql')
assert failure.contains('NUL')
build.noReport()
return true
