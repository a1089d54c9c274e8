import io.github.schemaparity.it.ItBuild
ItBuild.of(basedir).clean().logContains('Not a JDBC URL', 'BUILD FAILURE')
return true
