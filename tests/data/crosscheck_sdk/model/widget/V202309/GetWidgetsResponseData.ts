/**
 * Hand-written fixture in the layout of TikTok's generated SDK models (tests/test_crosscheck.py).
 */

import { RequestFile } from '../../models';
import { Widget202309GetWidgetsResponseDataWidgets } from './GetWidgetsResponseDataWidgets';

export class Widget202309GetWidgetsResponseData {
    /**
    * The widgets.
    */
    'widgets'?: Array<Widget202309GetWidgetsResponseDataWidgets>;
    /**
    * The next page token.
    */
    'nextPageToken'?: string;
    /**
    * The total count.
    */
    'totalCount'?: number;

    static discriminator: string | undefined = undefined;

    static attributeTypeMap: Array<{name: string, baseName: string, type: string}> = [
        {
            "name": "widgets",
            "baseName": "widgets",
            "type": "Array<Widget202309GetWidgetsResponseDataWidgets>"
        },
        {
            "name": "nextPageToken",
            "baseName": "next_page_token",
            "type": "string"
        },
        {
            "name": "totalCount",
            "baseName": "total_count",
            "type": "number"
        }    ];

    static getAttributeTypeMap() {
        return Widget202309GetWidgetsResponseData.attributeTypeMap;
    }
}
