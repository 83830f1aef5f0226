"""The path parameters of item routes, shared by the routes of every resource that uses them
(`/expos/{expo_id}` in expos, `/expos/{expo_id}/deals` in deals)."""

EXPO_ID = [{"in": "path", "name": "expo_id", "description": "Id of the expo.", "example": "ciie-2019"}]

DELEGATION_ID = [
    {
        "in": "path",
        "name": "delegation_id",
        "description": "Id of the delegation.",
        "example": "qingpu-delegation-ciie-2023",
    }
]

DEAL_ID = [
    {
        "in": "path",
        "name": "deal_id",
        "description": "Id of the deal.",
        "example": "zkh-dow-organosilicon-2023",
    }
]

ORGANIZATION_ID = [
    {"in": "path", "name": "organization_id", "description": "Id of the organization.", "example": "dow"}
]

SOURCE_ID = [
    {
        "in": "path",
        "name": "source_id",
        "description": "Id of the source.",
        "example": "qingpu-at-ciie-2023",
    }
]

TOKEN_ID = [
    {"in": "path", "name": "token_id", "description": "Public id of the token.", "example": "9f2c4a1b7e3d"}
]
