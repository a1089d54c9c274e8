import io.github.schemaparity.it.ItBuild

ItBuild.of(basedir).clean()
        .logContains('SchemaParity: skipped (schemaparity.skip)', 'BUILD SUCCESS')
        .logLacks('127.0.0.1:1')
        .noCandidateStarted()
        .noReport()
return true
