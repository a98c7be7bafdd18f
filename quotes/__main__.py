from quotes.cli import main

raise SystemExit(main())
