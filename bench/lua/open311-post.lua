-- wrk script: an Open311 client posting a service request (form-encoded, as GeoReport v2 says).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "jurisdiction_id=210802&service_code=URBAN_CONSTRUCTION&lat=40.666&long=122.235"
    .. "&description=%E5%8E%8B%E6%B5%8B%EF%BC%9AOpen311&phone=13904170000"
