import io.github.schemaparity.it.ItBuild
ItBuild.of(basedir).clean().logContains('BUILD SUCCESS').logLacks('127.0.0.1:1')
assert !new File(basedir, 'target/schemaparity/report.json').exists()
return true
