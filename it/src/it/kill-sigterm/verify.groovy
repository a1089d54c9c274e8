import io.github.schemaparity.it.ItBuild

// The Maven JVM got SIGTERM while its embedded candidate ran the slow migration (ItKiller, from prebuild.groovy)
def outcome = new Properties()
new File(basedir, 'kill.properties').withInputStream { outcome.load(it) }
assert outcome.killed == 'true' : "the build was never interrupted: ${outcome.why}"

def build = ItBuild.of(basedir)
build.logContains('Build interrupted (Ctrl+C or SIGTERM) while migrating the candidate database')
// no library's alarm about the cut-off migration ("Please restore backups" is about production's)
['Exception in thread', 'NoClassDefFoundError', 'failed at line', 'restore backups', 'Unable to'].each { text ->
    assert !build.log().contains(text) : "build.log shows '${text}':\n${build.log()}"
}
// no stack trace line, as Maven prints one (indented by spaces) or as the JVM does (a tab)
def frame = build.log().readLines().find { it ==~ /\s+at \S+ ?\(.*\)/ }
assert frame == null : "build.log shows a stack trace: ${frame}"
// nothing left behind: the candidate's postgres, its data directory and its marker are gone
def server = ProcessHandle.of(Long.parseLong(outcome.server))
assert !(server.isPresent() && server.get().isAlive()) : "postgres pid ${outcome.server} still runs"
assert !new File(outcome.dataDirectory).exists() : "data directory ${outcome.dataDirectory} left behind"
assert !new File(outcome.marker).exists() : "marker ${outcome.marker} left behind"
return true
