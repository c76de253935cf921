_swlaw() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="swlaw"
                ;;
            swlaw,audit)
                cmd="swlaw__subcmd__audit"
                ;;
            swlaw,cite)
                cmd="swlaw__subcmd__cite"
                ;;
            swlaw,compare)
                cmd="swlaw__subcmd__compare"
                ;;
            swlaw,completions)
                cmd="swlaw__subcmd__completions"
                ;;
            swlaw,diff)
                cmd="swlaw__subcmd__diff"
                ;;
            swlaw,export)
                cmd="swlaw__subcmd__export"
                ;;
            swlaw,gap)
                cmd="swlaw__subcmd__gap"
                ;;
            swlaw,help)
                cmd="swlaw__subcmd__help"
                ;;
            swlaw,list)
                cmd="swlaw__subcmd__list"
                ;;
            swlaw,man)
                cmd="swlaw__subcmd__man"
                ;;
            swlaw,map)
                cmd="swlaw__subcmd__map"
                ;;
            swlaw,mcp)
                cmd="swlaw__subcmd__mcp"
                ;;
            swlaw,model)
                cmd="swlaw__subcmd__model"
                ;;
            swlaw,panel)
                cmd="swlaw__subcmd__panel"
                ;;
            swlaw,pending)
                cmd="swlaw__subcmd__pending"
                ;;
            swlaw,schema)
                cmd="swlaw__subcmd__schema"
                ;;
            swlaw,show)
                cmd="swlaw__subcmd__show"
                ;;
            swlaw,site)
                cmd="swlaw__subcmd__site"
                ;;
            swlaw,stats)
                cmd="swlaw__subcmd__stats"
                ;;
            swlaw,timeline)
                cmd="swlaw__subcmd__timeline"
                ;;
            swlaw,validate)
                cmd="swlaw__subcmd__validate"
                ;;
            swlaw__subcmd__help,audit)
                cmd="swlaw__subcmd__help__subcmd__audit"
                ;;
            swlaw__subcmd__help,cite)
                cmd="swlaw__subcmd__help__subcmd__cite"
                ;;
            swlaw__subcmd__help,compare)
                cmd="swlaw__subcmd__help__subcmd__compare"
                ;;
            swlaw__subcmd__help,completions)
                cmd="swlaw__subcmd__help__subcmd__completions"
                ;;
            swlaw__subcmd__help,diff)
                cmd="swlaw__subcmd__help__subcmd__diff"
                ;;
            swlaw__subcmd__help,export)
                cmd="swlaw__subcmd__help__subcmd__export"
                ;;
            swlaw__subcmd__help,gap)
                cmd="swlaw__subcmd__help__subcmd__gap"
                ;;
            swlaw__subcmd__help,help)
                cmd="swlaw__subcmd__help__subcmd__help"
                ;;
            swlaw__subcmd__help,list)
                cmd="swlaw__subcmd__help__subcmd__list"
                ;;
            swlaw__subcmd__help,man)
                cmd="swlaw__subcmd__help__subcmd__man"
                ;;
            swlaw__subcmd__help,map)
                cmd="swlaw__subcmd__help__subcmd__map"
                ;;
            swlaw__subcmd__help,mcp)
                cmd="swlaw__subcmd__help__subcmd__mcp"
                ;;
            swlaw__subcmd__help,model)
                cmd="swlaw__subcmd__help__subcmd__model"
                ;;
            swlaw__subcmd__help,panel)
                cmd="swlaw__subcmd__help__subcmd__panel"
                ;;
            swlaw__subcmd__help,pending)
                cmd="swlaw__subcmd__help__subcmd__pending"
                ;;
            swlaw__subcmd__help,schema)
                cmd="swlaw__subcmd__help__subcmd__schema"
                ;;
            swlaw__subcmd__help,show)
                cmd="swlaw__subcmd__help__subcmd__show"
                ;;
            swlaw__subcmd__help,site)
                cmd="swlaw__subcmd__help__subcmd__site"
                ;;
            swlaw__subcmd__help,stats)
                cmd="swlaw__subcmd__help__subcmd__stats"
                ;;
            swlaw__subcmd__help,timeline)
                cmd="swlaw__subcmd__help__subcmd__timeline"
                ;;
            swlaw__subcmd__help,validate)
                cmd="swlaw__subcmd__help__subcmd__validate"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        swlaw)
            opts="-f -h -V --format --color --data --help --version show list compare gap model stats timeline panel pending audit map diff cite export validate schema site mcp man completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__audit)
            opts="-f -h --region --strict --as-of --format --color --data --help AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__cite)
            opts="-f -h --style --as-of --format --color --data --help AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --style)
                    COMPREPLY=($(compgen -W "oscola bluebook csl-json bibtex" -- "${cur}"))
                    return 0
                    ;;
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__compare)
            opts="-f -h --model --diff --as-of --format --color --data --help AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__completions)
            opts="-f -h --format --color --data --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__diff)
            opts="-f -h --as-of --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__export)
            opts="-o -f -h --output --format --color --data --help sqlite datapackage"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__gap)
            opts="-f -h --model --as-of --format --color --data --help AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help)
            opts="show list compare gap model stats timeline panel pending audit map diff cite export validate schema site mcp man completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__audit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__cite)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__compare)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__diff)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__gap)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__man)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__map)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__mcp)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__model)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__panel)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__pending)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__schema)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__site)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__stats)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__timeline)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__list)
            opts="-f -h --criminalizes --permits --status --regime --region --within --level --sort --model --as-of --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --criminalizes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --permits)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --regime)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --within)
                    COMPREPLY=($(compgen -W "AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe" -- "${cur}"))
                    return 0
                    ;;
                --level)
                    COMPREPLY=($(compgen -W "country subdivision all" -- "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -W "id name region regime gap changed" -- "${cur}"))
                    return 0
                    ;;
                --model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__man)
            opts="-f -h --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__map)
            opts="-o -f -h --output --by --model --region --title --width --as-of --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --by)
                    COMPREPLY=($(compgen -W "regime selling buying soliciting organizing gap" -- "${cur}"))
                    return 0
                    ;;
                --model)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --title)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --width)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__mcp)
            opts="-f -h --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__model)
            opts="-f -h --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__panel)
            opts="-f -h --region --from --to --activity --wide --format --color --data --help AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --activity)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__pending)
            opts="-f -h --region --as-of --format --color --data --help AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__schema)
            opts="-o -f -h --output --format --color --data --help show list compare gap model stats timeline panel pending audit diff cite validate error"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__show)
            opts="-f -h --as-of --format --color --data --help AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__site)
            opts="-o -f -h --output --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__stats)
            opts="-f -h --level --as-of --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --level)
                    COMPREPLY=($(compgen -W "country subdivision all" -- "${cur}"))
                    return 0
                    ;;
                --as-of)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__timeline)
            opts="-f -h --only --since --until --format --color --data --help AD andorra AE united-arab-emirates AF afghanistan AG antigua-and-barbuda AL albania AM armenia AO angola AR argentina AT austria AU australia AU-ACT australian-capital-territory AU-NSW new-south-wales AU-NT northern-territory AU-QLD queensland AU-SA south-australia AU-TAS tasmania AU-VIC victoria AU-WA western-australia AW aruba AZ azerbaijan BA bosnia-and-herzegovina BB barbados BD bangladesh BE belgium BF burkina-faso BG bulgaria BH bahrain BI burundi BJ benin BN brunei BO bolivia BR brazil BS bahamas BT bhutan BW botswana BY belarus BZ belize CA canada CD democratic-republic-of-the-congo CF central-african-republic CG republic-of-the-congo CH switzerland CH-BE bern CH-GE geneva CH-TI ticino CH-VD vaud CI cote-divoire CL chile CM cameroon CN china CO colombia CR costa-rica CU cuba CV cabo-verde CW curacao CY cyprus CZ czechia DE germany DJ djibouti DK denmark DM dominica DO dominican-republic DZ algeria EC ecuador EE estonia EG egypt ER eritrea ES spain ET ethiopia FI finland FJ fiji FM micronesia FM-KSA kosrae FM-PNI pohnpei FM-TRK chuuk FM-YAP yap FR france GA gabon GB united-kingdom GB-EAW england-and-wales GB-NIR northern-ireland GB-SCT scotland GD grenada GE georgia GH ghana GM gambia GN guinea GQ equatorial-guinea GR greece GT guatemala GU guam GW guinea-bissau GY guyana HK hong-kong HN honduras HR croatia HT haiti HU hungary ID indonesia IE ireland IL israel IN india IQ iraq IR iran IS iceland IT italy JM jamaica JO jordan JP japan KE kenya KG kyrgyzstan KH cambodia KI kiribati KM comoros KN saint-kitts-and-nevis KP north-korea KR south-korea KW kuwait KZ kazakhstan LA laos LB lebanon LC saint-lucia LI liechtenstein LK sri-lanka LR liberia LS lesotho LT lithuania LU luxembourg LV latvia LY libya MA morocco MC monaco MD moldova ME montenegro MG madagascar MH marshall-islands MK north-macedonia ML mali MM myanmar MN mongolia MO macao MR mauritania MT malta MU mauritius MV maldives MW malawi MX mexico MX-CMX mexico-city MY malaysia MZ mozambique NA namibia NC new-caledonia NE niger NG nigeria NG-BA bauchi NG-BO borno NG-FC federal-capital-territory NG-GO gombe NG-JI jigawa NG-KD kaduna NG-KE kebbi NG-KN kano NG-KT katsina NG-NI niger NG-SO sokoto NG-YO yobe NG-ZA zamfara NI nicaragua NL netherlands NO norway NP nepal NR nauru NZ new-zealand OM oman PA panama PE peru PF french-polynesia PG papua-new-guinea PH philippines PK pakistan PL poland PR puerto-rico PS palestine PT portugal PW palau PY paraguay QA qatar RO romania RS serbia RU russia RW rwanda SA saudi-arabia SB solomon-islands SC seychelles SD sudan SE sweden SG singapore SI slovenia SK slovakia SL sierra-leone SM san-marino SN senegal SO somalia SR suriname SS south-sudan ST sao-tome-and-principe SV el-salvador SY syria SZ eswatini TD chad TG togo TH thailand TJ tajikistan TL timor-leste TM turkmenistan TN tunisia TO tonga TR turkey TT trinidad-and-tobago TV tuvalu TW taiwan TZ tanzania UA ukraine UG uganda US united-states US-AK alaska US-AL alabama US-AR arkansas US-AZ arizona US-CA california US-CO colorado US-CT connecticut US-DC district-of-columbia US-DE delaware US-FL florida US-GA georgia US-HI hawaii US-IA iowa US-ID idaho US-IL illinois US-IN indiana US-KS kansas US-KY kentucky US-LA louisiana US-MA massachusetts US-MD maryland US-ME maine US-MI michigan US-MN minnesota US-MO missouri US-MS mississippi US-MT montana US-NC north-carolina US-ND north-dakota US-NE nebraska US-NH new-hampshire US-NJ new-jersey US-NM new-mexico US-NV nevada US-NV-CARSONCITY carson-city US-NV-CHURCHILL churchill-county-nevada US-NV-CLARK clark-county-nevada US-NV-DOUGLAS douglas-county-nevada US-NV-ELKO elko-county-nevada US-NV-ESMERALDA esmeralda-county-nevada US-NV-EUREKA eureka-county-nevada US-NV-HUMBOLDT humboldt-county-nevada US-NV-LANDER lander-county-nevada US-NV-LINCOLN lincoln-county-nevada US-NV-LYON lyon-county-nevada US-NV-MINERAL mineral-county-nevada US-NV-NYE nye-county-nevada US-NV-PERSHING pershing-county-nevada US-NV-STOREY storey-county-nevada US-NV-WASHOE washoe-county-nevada US-NV-WHITEPINE white-pine-county-nevada US-NY new-york US-OH ohio US-OK oklahoma US-OR oregon US-PA pennsylvania US-RI rhode-island US-SC south-carolina US-SD south-dakota US-TN tennessee US-TX texas US-UT utah US-VA virginia US-VT vermont US-WA washington US-WI wisconsin US-WV west-virginia US-WY wyoming UY uruguay UZ uzbekistan VA holy-see VC saint-vincent-and-the-grenadines VE venezuela VI u-s-virgin-islands VN vietnam VU vanuatu WS samoa XK kosovo YE yemen ZA south-africa ZM zambia ZW zimbabwe"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --only)
                    COMPREPLY=($(compgen -W "reforms events" -- "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        swlaw__subcmd__validate)
            opts="-f -h --format --color --data --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "table json csv markdown" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _swlaw -o nosort -o bashdefault -o default swlaw
else
    complete -F _swlaw -o bashdefault -o default swlaw
fi
