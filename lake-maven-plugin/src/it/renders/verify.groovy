// lake:render wrote the chosen renderers' files into target/lake/ with manifest.json, whose every
// artifact is there with its size and SHA-256; lake:validate's SARIF log sits beside them.
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/lake')

assert log.contains("rendered cover-letter, cv, jsonresume into ${out}: 4 files and manifest.json")

def manifest = new groovy.json.JsonSlurper().parse(new File(out, 'manifest.json'))
assert manifest.renderers == ['cover-letter', 'cv', 'jsonresume']
assert manifest.artifacts*.path == ['cover-letter.md', 'cv.md', 'cv.txt', 'resume.json']
manifest.artifacts.each { artifact ->
    byte[] bytes = new File(out, artifact.path).bytes
    assert bytes.length == artifact.bytes
    assert MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() == artifact.sha256
}
assert manifest.entries*.id.contains('phase-gates')
assert new File(out, 'cv.md').text.contains('Gated each of 6 run phases on committed evidence')

def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'lake.sarif'))
assert sarif.runs[0].tool.driver.name == 'lake'
return true
