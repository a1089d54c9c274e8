import io.github.schemaparity.it.ItBuild
ItBuild.of(basedir).clean().logContains('production.json', 'corrupt', 'BUILD FAILURE')
return true
