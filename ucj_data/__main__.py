import sys

from ucj_data.cli import main

sys.exit(main())
