// lake:validate failed the build in the validate phase: every mistake located at file:line:column
// and JSON Pointer, with its code and a hint; nothing else ran, and no stack trace.
def log = new File(basedir, 'build.log').text
def lake = new File(basedir, 'lake.json')

assert log.contains("[ERROR] ${lake}:18:9 /entries/0/evidence/0/sha256 error LAKE-I008: 'sha256' of evidence 0 of entry 'phase-gates' is '60303AE22B998861', not 64 lowercase hex characters")
assert log.contains("[ERROR] ${lake}:20:38 /entries/0/status/on error LAKE-S004: 'on' of the status of entry 'phase-gates' is '2025-02-30', not a valid date")
assert log.contains("[ERROR] ${lake}:21:43 /entries/0/keywrds error LAKE-S002: entry 'phase-gates' has an unknown field 'keywrds'; fix the name (did you mean 'keywords'?)")
assert log.contains("on project json-lake: ${lake}: 3 errors, 0 warnings")
assert !(log =~ /\tat [a-z]/)

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/lake/lake.sarif'))
assert sarif.runs[0].results*.ruleId.sort() == ['LAKE-I008', 'LAKE-S002', 'LAKE-S004']
return true
