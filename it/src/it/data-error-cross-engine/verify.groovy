import io.github.schemaparity.it.ItBuild

def build = ItBuild.of(basedir).clean().logContains('BUILD FAILURE')
assert build.failureLine().contains('cross-engine data comparison is not supported yet')
assert !new File(basedir, 'target/schemaparity/data-report.json').exists()
return true
