/**
 * Hand-written fixture in the layout of TikTok's generated SDK models (tests/test_crosscheck.py).
 */

import { RequestFile } from '../../models';

export class Widget202309GetWidgetsResponseDataWidgetsSize {
    /**
    * The height.
    */
    'height'?: string;
    /**
    * The width.
    */
    'width'?: string;

    static discriminator: string | undefined = undefined;

    static attributeTypeMap: Array<{name: string, baseName: string, type: string}> = [
        {
            "name": "height",
            "baseName": "height",
            "type": "string"
        },
        {
            "name": "width",
            "baseName": "width",
            "type": "string"
        }    ];

    static getAttributeTypeMap() {
        return Widget202309GetWidgetsResponseDataWidgetsSize.attributeTypeMap;
    }
}
