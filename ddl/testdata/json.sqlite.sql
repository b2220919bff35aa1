-- CreateTable
CREATE TABLE "Doc" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" JSONB NOT NULL,
    "meta" JSONB,
    "config" JSONB NOT NULL DEFAULT {"theme": "dark", "n": [1, 2]},
    "quote" JSONB NOT NULL DEFAULT "it's"
);
