module github.com/noengine/noengine

go 1.26
