-- GET of the URL given to wrk, with the tenant headers when TOKEN is set.
dofile(os.getenv("BENCH_DIR") .. "/common.lua")
