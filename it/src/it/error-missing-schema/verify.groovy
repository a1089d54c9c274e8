import io.github.schemaparity.it.ItBuild
ItBuild.of(basedir).clean().logContains('billing', 'BUILD FAILURE')
return true
