import io.github.schemaparity.it.ItBuild
ItBuild.of(basedir).clean().logContains('127.0.0.1:1', 'BUILD FAILURE')
return true
