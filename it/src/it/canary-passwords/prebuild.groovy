import io.github.schemaparity.it.ItDatabases

// The embedded server trusts loopback, so any password logs in: the canary replaces the usual one.
def urls = ItDatabases.prepare(basedir, pgBinaries)
def canary = 'Kx9q@Zw7&Vb3/Np5%Lm'
def encoded = URLEncoder.encode(canary, 'UTF-8')
def withCanary = { String url -> url.replace('password=' + ItDatabases.SECRET, 'password=' + encoded) }
def good = withCanary(urls.production)
def drifted = withCanary(urls.drifted)
def noPassword = urls.production.replace('&password=' + ItDatabases.SECRET, '')
def missing = good.replaceFirst('/it_production[^?]*', '/no_such_database')
def badPort = good.replaceFirst('localhost:[0-9]+', 'localhost:1')
def oracle = 'jdbc:oracle:thin:postgres/' + canary + '@localhost:1521:prod'
def files = [
        'snapshot-ok'   : ['schemaparity.url': good, 'schemaparity.snapshot': 'snapshots/production.json'],
        'snapshot-fail' : ['schemaparity.url': missing, 'schemaparity.snapshot': 'snapshots/missing.json'],
        'compare-ok'    : ['schemaparity.expected': good, 'schemaparity.actual': 'snapshots/production.json'],
        'compare-fail'  : ['schemaparity.expected': good, 'schemaparity.actual': drifted],
        'compare-oracle': ['schemaparity.expected': oracle, 'schemaparity.actual': good],
        'check-ok'      : ['schemaparity.reference': good],
        'check-fail'    : ['schemaparity.reference': drifted],
        'check-port'    : ['schemaparity.reference': badPort],
        'baseline-fail' : ['schemaparity.reference': drifted],
        'baseline-ok'   : ['schemaparity.reference': drifted, 'schemaparity.baseline.reason': 'canary',
                           'schemaparity.baseline.owner': 'team'],
        'settings-x'    : ['schemaparity.reference': noPassword, 'schemaparity.reference.serverId': 'canary-replica'],
        'url-x'         : ['schemaparity.reference': good]]
files.each { name, values ->
    def properties = new Properties()
    values.each { key, value -> properties.setProperty(key, value) }
    new File(basedir, name + '.properties').withWriter('UTF-8') { properties.store(it, null) }
}
return true
