import io.github.schemaparity.it.HelpOutput

def log = new File(basedir, 'build.log')
assert log.text.contains('BUILD SUCCESS')
def jar = new File(localRepositoryPath,
        "io/github/schemaparity/schemaparity-maven-plugin/${pluginVersion}/schemaparity-maven-plugin-${pluginVersion}.jar")
int checked = HelpOutput.assertMatches(log, jar)
// check alone has more than 30 parameters: a descriptor read wrongly would check none
assert checked > 60
return true
