-- wrk script: the hip comparison (3 variants × 2 rule sets × 2 financing models), every cell with its lines.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"family": "hip-replacement", "variants": ["A", "B", "C"], "ruleSets": ["isf-2020", "isf-2024"], "models": ["per-contact", "bundle"]}'
