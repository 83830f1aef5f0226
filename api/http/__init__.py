"""The HTTP layer: OpenAPI plumbing, conditional requests (ETag, 304, If-Match), request bodies,
serialization, headers, authentication, rate limits and problem+json errors."""
