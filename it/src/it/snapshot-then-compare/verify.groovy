import io.github.schemaparity.it.ItBuild
import com.fasterxml.jackson.databind.ObjectMapper

def build = ItBuild.of(basedir).clean().logContains('SchemaParity PASS', 'BUILD SUCCESS')
def snapshot = new File(basedir, 'snapshots/production.json')
assert snapshot.exists()
def json = new ObjectMapper().readTree(snapshot)
assert json.get('format').asText() == 'schemaparity-snapshot/1'
assert !snapshot.text.contains('It-S3cret-Pw')
assert snapshot.text.contains('"orders_customer_idx"')
def report = build.report()
assert report.get('actual').get('source').asText() == 'snapshot'
assert report.get('verdict').asText() == 'PASS'
return true
